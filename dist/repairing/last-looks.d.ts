import { type MachineLook } from './live-guard.js';
/**
 * The last looks at the machine before the renames of one run's files. Each must be made after its file
 * asked for it (after the repaired copy is written), so a look cannot serve a file that asks later; but a
 * scan of /proc costs the same for one file as for all, and files fixed at once ask one after another. So a
 * file that asks waits until every file of the run in flight has asked or is done, and one look made then
 * serves them all. A run with one file in flight looks at once, as a single fix does.
 */
export declare class LastLooks {
    #private;
    enter(): void;
    leave(): void;
    look(): Promise<MachineLook>;
}
/** The last looks of the run `run` stands for (the same object for every file of one fix, such as its options). */
export declare function lastLooksOf(run: object): LastLooks;
