/**
 * Date.parse of a line's timestamp, with its result to the millisecond: Claude Code writes every one as
 * `toISOString()` does (`2026-11-24T09:00:00.872Z`), which is read here by hand, faster than Date.parse
 * on a transcript's hundred thousand lines. Any other text, and the values Date.parse treats specially
 * (hour 24), go to Date.parse itself. Straight-line code without calls or loops: it runs once per line of
 * one pass, mostly before V8 has optimized it, where every call and loop counts.
 */
export function parseTime(text) {
    if (text.length !== 24 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON)
        return Date.parse(text);
    if (text.charCodeAt(16) !== COLON || text.charCodeAt(19) !== DOT || text.charCodeAt(23) !== Z)
        return Date.parse(text);
    // Each digit's value: negative or above 9 when it is no digit.
    const y0 = text.charCodeAt(0) - ZERO;
    const y1 = text.charCodeAt(1) - ZERO;
    const y2 = text.charCodeAt(2) - ZERO;
    const y3 = text.charCodeAt(3) - ZERO;
    const mo0 = text.charCodeAt(5) - ZERO;
    const mo1 = text.charCodeAt(6) - ZERO;
    const d0 = text.charCodeAt(8) - ZERO;
    const d1 = text.charCodeAt(9) - ZERO;
    const h0 = text.charCodeAt(11) - ZERO;
    const h1 = text.charCodeAt(12) - ZERO;
    const mi0 = text.charCodeAt(14) - ZERO;
    const mi1 = text.charCodeAt(15) - ZERO;
    const s0 = text.charCodeAt(17) - ZERO;
    const s1 = text.charCodeAt(18) - ZERO;
    const ms0 = text.charCodeAt(20) - ZERO;
    const ms1 = text.charCodeAt(21) - ZERO;
    const ms2 = text.charCodeAt(22) - ZERO;
    if ((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | ms0 | ms1 | ms2) < 0)
        return Date.parse(text);
    if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 || s0 > 9 || s1 > 9 || ms0 > 9 || ms1 > 9 || ms2 > 9)
        return Date.parse(text);
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = mo0 * 10 + mo1;
    const day = d0 * 10 + d1;
    const hour = h0 * 10 + h1;
    const minute = mi0 * 10 + mi1;
    const second = s0 * 10 + s1;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return Date.parse(text);
    // Days since 1970-01-01 of the proleptic Gregorian date (Hinnant's days_from_civil); a day past the
    // month's end runs into the next month, as Date.parse has it.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    const days = era * 146097 + dayOfEra - 719468;
    return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms0 * 100 + ms1 * 10 + ms2;
}
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const T = 0x54;
const Z = 0x5a;
const ZERO = 0x30;
