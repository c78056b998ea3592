import got from "got";
import pRetry, { AbortError } from "p-retry";

const client = got.extend({ prefixUrl: process.env.BILLING_API, timeout: { request: 5000 } });

export interface Invoice {
  id: string;
  status: string;
  totalCents: number;
}

export async function fetchInvoice(id: string): Promise<Invoice> {
  return pRetry(
    async () => {
      const res = await client.get(`invoices/${id}`, { throwHttpErrors: false });
      if (res.statusCode === 404) throw new AbortError(`invoice ${id} not found`);
      if (res.statusCode >= 500) throw new Error(`billing returned ${res.statusCode}`);
      return JSON.parse(res.body) as Invoice;
    },
    { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 4000 },
  );
}
