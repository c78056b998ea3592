extension ModelFramework {
    /// ActiveRecord: `class Post < ApplicationRecord`, `belongs_to :author`, `has_many :comments`.
    static let activeRecord = ModelFramework(
        name: "activerecord", languages: [.ruby],
        modelBases: ["ApplicationRecord", "ActiveRecord::Base"],
        associationMacros: ["belongs_to", "has_many", "has_one", "has_and_belongs_to_many"],
        columnCalls: Self.activeRecordColumnCalls,
        keepsLoadedAssociations: true)

    /// Migration and `db/schema.rb` column declarations: `t.text :comments`, `add_column :t, :c`.
    static let activeRecordColumnCalls: [String: Int] = [
        "column": 0, "string": 0, "text": 0, "integer": 0, "bigint": 0, "boolean": 0, "date": 0,
        "datetime": 0, "time": 0, "timestamp": 0, "decimal": 0, "float": 0, "binary": 0, "json": 0,
        "jsonb": 0, "uuid": 0, "add_column": 1,
    ]

    /// Sequel: `class Post < Sequel::Model`, `many_to_one :author`, `one_to_many :comments`.
    static let sequel = ModelFramework(
        name: "sequel", languages: [.ruby], modelBases: ["Sequel::Model"],
        associationMacros: ["many_to_one", "one_to_many", "one_to_one", "many_to_many", "one_through_one"],
        keepsLoadedAssociations: true)
}
