// structuredClone exists in every runtime the core runs in (browsers, workers, Node ≥ 17), but
// lib "ES2023" does not declare it and the core may not include the DOM or Node typings.
declare function structuredClone<T>(value: T): T;
