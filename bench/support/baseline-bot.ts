import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';

/**
 * The yardstick for the webhook benchmark: a bare grammY webhook bot that answers every message "ok". Run as
 * its own process, on the same fake Bot API server, so our bot's overhead reads as a ratio.
 */
const token = process.env.TELEGRAM_BOT_TOKEN ?? '';
const apiRoot = process.env.TELEGRAM_API_ROOT ?? '';
const port = Number(process.env.PORT ?? 0);
const secret = process.env.TELEGRAM_WEBHOOK_SECRET ?? '';

const bot = new Bot(token, { client: { apiRoot } });
bot.on('message', (ctx) => ctx.reply('ok'));
await bot.init();
const handle = webhookCallback(bot, 'http', { secretToken: secret });
createServer((req, res) => void handle(req, res)).listen(port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
