export interface OrderRow {
  id: string;
  total: number;
  customer: string;
}
