// Public API of the self-insurers feature (SI-*).
export {};
