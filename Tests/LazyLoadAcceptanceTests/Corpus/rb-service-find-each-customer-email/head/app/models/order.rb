class Order < ApplicationRecord
  belongs_to :customer
  has_many :line_items

  enum :state, { cart: 0, complete: 1, canceled: 2 }
end
