import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';

export interface ScheduledJob {
  name: string;
  /** cron expression in the scheduler's timezone */
  cron: string;
  /** receives the scheduled instant, not the wall clock: the job decides from the time it was meant for */
  run(at: Date): Promise<unknown>;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * node-cron in the Department's timezone. Jobs are thin and idempotent: the database decides what is due and
 * what was already done, so a second replica or a restart at the wrong moment changes nothing.
 */
export function startScheduler({ jobs, timezone, logger }: { jobs: ScheduledJob[]; timezone: string; logger: Logger }): Scheduler {
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.cron,
      async (context) => {
        try {
          await job.run(context.date);
        } catch (error) {
          logger.error({ err: error, job: job.name }, 'scheduled job failed');
        }
      },
      { name: job.name, timezone, noOverlap: true },
    ),
  );
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
    },
  };
}
