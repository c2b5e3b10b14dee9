import { type ChalkInstance } from 'chalk';
export interface ColourInputs {
    /** --color (true) or --no-color (false); undefined when not given. */
    readonly flag: boolean | undefined;
    readonly env: NodeJS.ProcessEnv;
    /** Whether the report goes to a terminal. */
    readonly isTTY: boolean;
}
/**
 * Colour level: an explicit flag wins, then NO_COLOR (any non-empty value turns colour off, per
 * no-color.org; chalk itself ignores it), then FORCE_COLOR, then whether the output is a terminal.
 */
export declare function colourLevel({ flag, env, isTTY }: ColourInputs): 0 | 1 | 2 | 3;
export declare const makeChalk: (inputs: ColourInputs) => ChalkInstance;
