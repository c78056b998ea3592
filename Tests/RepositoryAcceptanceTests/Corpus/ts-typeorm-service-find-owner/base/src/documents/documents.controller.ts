import { Controller, Get } from "@nestjs/common";
import { UserService } from "../users/user.service";
import { DocumentsService } from "./documents.service";

@Controller("documents")
export class DocumentsController {
  constructor(private readonly documents: DocumentsService, private readonly userService: UserService) {}

  @Get()
  async list() {
    const docs = await this.documents.recent(25);
    return docs.map((doc) => ({ id: doc.id, title: doc.title }));
  }
}
