import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";

import { InvoiceLine } from "./invoice-line.entity";
import { CreateLineDto } from "./dto";

@Injectable()
export class InvoiceLinesService {
  constructor(
    @InjectRepository(InvoiceLine)
    private readonly lines: Repository<InvoiceLine>,
  ) {}

  async findForInvoice(invoiceId: string): Promise<InvoiceLine[]> {
    return this.lines.find({ where: { invoiceId }, order: { position: "ASC" } });
  }
}
