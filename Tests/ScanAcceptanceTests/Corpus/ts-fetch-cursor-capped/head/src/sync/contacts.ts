import { CRM_API } from "./config";

const MAX_PAGES = 25;

interface Page {
  contacts: { id: string; email: string }[];
  next_cursor: string | null;
}

export async function recentContacts(token: string) {
  const contacts: Page["contacts"] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await fetch(`${CRM_API}/contacts?limit=200${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as Page;
    contacts.push(...body.contacts);
    cursor = body.next_cursor;
    if (!cursor) break;
  }
  return contacts;
}
