/** `s` repeated and cut to exactly `size` code units. */
export declare const repeat: (s: string, size: number) => string;
/** The hostile inputs (see hostile-inputs.mjs). */
export declare function hostileInputs(o: { seed: string; size: number; pageSize: number }): [string, () => string][];
