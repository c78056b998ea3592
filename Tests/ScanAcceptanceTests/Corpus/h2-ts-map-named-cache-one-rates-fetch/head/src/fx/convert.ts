import { getRates } from "./ratesApi";

export interface Line {
  amount: number;
  currency: string;
}

export async function toEur(lines: Line[]): Promise<number> {
  const rates = await getRates("EUR");
  const cache = new Map<string, number>();
  let total = 0;
  for (const line of lines) {
    let rate = cache.get(line.currency);
    if (rate === undefined) {
      rate = line.currency === "EUR" ? 1 : 1 / rates[line.currency];
      cache.set(line.currency, rate);
    }
    total += line.amount * rate;
  }
  return Math.round(total * 100) / 100;
}
