export interface CreateLineDto {
  sku: string;
  quantity: number;
  unitPrice: number;
}
