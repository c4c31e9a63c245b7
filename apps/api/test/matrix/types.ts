import type { Db } from '../../src/db/client';
import type { SeededUnit } from '../helpers';

/** Creates one object of a kind inside `unit` and returns its id (for the access matrix). */
export type MatrixObjectBuilder = (db: Db, unit: SeededUnit) => Promise<string>;
