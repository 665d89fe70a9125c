// Public API of the claims feature (CLM-*).
export {};
