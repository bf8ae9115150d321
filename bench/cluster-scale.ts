export async function run(): Promise<Record<string, unknown> | null> { return null; }
