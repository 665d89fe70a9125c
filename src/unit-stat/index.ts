// Public API of the unit-stat feature (USR-*).
export {};
