import type { BotCommand, BotCommandScope } from 'grammy/types';
import type { CommandSpec } from '../../commands/command.js';
import type { I18n, Locale } from '../../i18n/i18n.js';

export interface CommandMenu {
  scope: BotCommandScope;
  /** undefined: the default menu (Vietnamese); otherwise for users whose app speaks this language */
  languageCode: Locale | undefined;
  commands: BotCommand[];
}

/**
 * The menus Telegram shows beside the message box, built from the same registry as /help: one for groups and
 * one for private chats, each in Vietnamese (the default) and English.
 */
export function commandMenus(commands: readonly CommandSpec[], i18n: I18n): CommandMenu[] {
  const menus: CommandMenu[] = [];
  const scopes: Array<{ scope: BotCommandScope; fits: (c: CommandSpec) => boolean }> = [
    { scope: { type: 'all_group_chats' }, fits: (c) => c.scope !== 'private' },
    { scope: { type: 'all_private_chats' }, fits: (c) => c.scope !== 'group' },
  ];
  for (const { scope, fits } of scopes) {
    for (const locale of ['vi', 'en'] as const) {
      menus.push({
        scope,
        languageCode: locale === 'vi' ? undefined : locale,
        commands: commands.filter(fits).map((c) => ({ command: c.name, description: i18n.t(locale, c.descriptionKey).slice(0, 256) })),
      });
    }
  }
  return menus;
}
