import { Chalk } from 'chalk';
/**
 * Colour level: an explicit flag wins, then NO_COLOR (any non-empty value turns colour off, per
 * no-color.org; chalk itself ignores it), then FORCE_COLOR, then whether the output is a terminal.
 */
export function colourLevel({ flag, env, isTTY }) {
    if (flag !== undefined)
        return flag ? 1 : 0;
    if (env.NO_COLOR)
        return 0;
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
        if (force === '' || force === 'true')
            return 1;
        if (force === 'false')
            return 0;
        const level = Number.parseInt(force, 10);
        return Number.isNaN(level) ? 1 : Math.max(0, Math.min(level, 3));
    }
    return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}
export const makeChalk = (inputs) => new Chalk({ level: colourLevel(inputs) });
