extension ModelFramework {
    /// ActiveRecord: `class Post < ApplicationRecord`, `belongs_to :author`, `has_many :comments`.
    static let activeRecord = ModelFramework(
        name: "activerecord", languages: [.ruby],
        modelBases: ["ApplicationRecord", "ActiveRecord::Base"],
        associationMacros: ["belongs_to", "has_many", "has_one", "has_and_belongs_to_many"],
        keepsLoadedAssociations: true)

    /// Sequel: `class Post < Sequel::Model`, `many_to_one :author`, `one_to_many :comments`.
    static let sequel = ModelFramework(
        name: "sequel", languages: [.ruby], modelBases: ["Sequel::Model"],
        associationMacros: ["many_to_one", "one_to_many", "one_to_one", "many_to_many", "one_through_one"],
        keepsLoadedAssociations: true)
}
