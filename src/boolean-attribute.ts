/**
 * The one rule for boolean attributes (`hide-checker`), shared by the elements and the iframe
 * page's query parameters: present means on, except the values `false`, `0` and `off` (any case,
 * spaces trimmed), which mean off. Vue's `:hide-checker="hide"`, Svelte's `hide-checker={hide}`,
 * React 18 and CMS fields write `hide-checker="false"` when the value is false; HTML's own rule
 * (any value is on) would then hide the checker for good.
 */
const OFF_VALUES: readonly string[] = ['false', '0', 'off'];

/** Whether an attribute value (null: absent) turns a boolean attribute on. */
export function isOn(value: string | null): boolean {
  return value !== null && !OFF_VALUES.includes(value.trim().toLowerCase());
}
