export type MoveReason = "shipment" | "return" | "return_to_vendor" | "adjustment";

export function isOutbound(reason: MoveReason): boolean {
  return reason === "shipment" || reason === "return_to_vendor";
}
