// Public API of the retention feature (RET-*).
export {};
