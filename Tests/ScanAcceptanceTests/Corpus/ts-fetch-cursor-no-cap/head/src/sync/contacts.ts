import { CRM_API } from "./config";

interface Page {
  contacts: Contact[];
  next_cursor: string | null;
}

export interface Contact {
  id: string;
  email: string;
}

export async function allContacts(token: string): Promise<Contact[]> {
  const contacts: Contact[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${CRM_API}/contacts?limit=200${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = (await res.json()) as Page;
    contacts.push(...page.contacts);
    cursor = page.next_cursor;
  } while (cursor);
  return contacts;
}
