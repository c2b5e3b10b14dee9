import { lookAtMachine } from './live-guard.js';
/**
 * The last looks at the machine before the renames of one run's files. Each must be made after its file
 * asked for it (after the repaired copy is written), so a look cannot serve a file that asks later; but a
 * scan of /proc costs the same for one file as for all, and files fixed at once ask one after another. So a
 * file that asks waits until every file of the run in flight has asked or is done, and one look made then
 * serves them all. A run with one file in flight looks at once, as a single fix does.
 */
export class LastLooks {
    #inFlight = 0;
    #waiting = [];
    enter() {
        this.#inFlight += 1;
    }
    leave() {
        this.#inFlight -= 1;
        this.#serve();
    }
    look() {
        return new Promise((resolve) => {
            this.#waiting.push(resolve);
            this.#serve();
        });
    }
    #serve() {
        if (this.#waiting.length === 0 || this.#waiting.length < this.#inFlight)
            return;
        const look = lookAtMachine();
        for (const resolve of this.#waiting.splice(0))
            resolve(look);
    }
}
const runs = new WeakMap();
/** The last looks of the run `run` stands for (the same object for every file of one fix, such as its options). */
export function lastLooksOf(run) {
    let looks = runs.get(run);
    if (!looks)
        runs.set(run, (looks = new LastLooks()));
    return looks;
}
