export type Rates = Record<string, number>;

export async function getRates(base: string): Promise<Rates> {
  const res = await fetch(`${process.env.FX_API}/latest?base=${encodeURIComponent(base)}`, {
    headers: { Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`fx api ${res.status}`);
  const body = (await res.json()) as { rates: Rates };
  return body.rates;
}
