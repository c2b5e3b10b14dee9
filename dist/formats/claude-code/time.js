/**
 * Date.parse of a line's timestamp, with its result to the millisecond: Claude Code writes every one as
 * `toISOString()` does (`2026-11-24T09:00:00.872Z`), which is read here by hand, several times faster
 * than Date.parse on a transcript's hundred thousand lines. Any other text, and the values Date.parse
 * treats specially (hour 24), go to Date.parse itself.
 */
export function parseTime(text) {
    if (text.length !== 24 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON)
        return Date.parse(text);
    if (text.charCodeAt(16) !== COLON || text.charCodeAt(19) !== DOT || text.charCodeAt(23) !== Z)
        return Date.parse(text);
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const ms = digits(text, 20, 3);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
        return Date.parse(text);
    // Days since 1970-01-01 of the proleptic Gregorian date (Hinnant's days_from_civil); a day past the
    // month's end runs into the next month, as Date.parse has it.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    const days = era * 146097 + dayOfEra - 719468;
    return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const T = 0x54;
const Z = 0x5a;
/** The decimal number of `count` ASCII digits at `at`; -1 when one is not a digit. */
function digits(text, at, count) {
    let value = 0;
    for (let i = at; i < at + count; i += 1) {
        const digit = text.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
