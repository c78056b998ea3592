import got from "got";

const client = got.extend({ prefixUrl: process.env.BILLING_API, timeout: { request: 5000 } });

export interface Invoice {
  id: string;
  status: string;
  totalCents: number;
}

export async function fetchInvoice(id: string): Promise<Invoice> {
  return client.get(`invoices/${id}`).json<Invoice>();
}
