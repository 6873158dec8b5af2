import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Markup already escaped: what the presenters return and nest. */
export type Html = HtmlEscapedString;

/**
 * Hono's tagged template, which escapes every interpolated value unless it is markup made the same way (so a
 * unit's name or a group's title can never open a tag). Every fragment here is synchronous, hence the cast.
 */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => honoHtml(strings, ...values) as Html;

export { raw };
