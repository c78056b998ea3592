import { Column, DataType, Model, Table } from "sequelize-typescript";

@Table({ tableName: "events", modelName: "event" })
class Event extends Model {
  @Column(DataType.STRING)
  name: string;

  @Column(DataType.UUID)
  actorId: string;
}

export default Event;
