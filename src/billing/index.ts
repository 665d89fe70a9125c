// Public API of the billing feature (BIL-*).
export {};
