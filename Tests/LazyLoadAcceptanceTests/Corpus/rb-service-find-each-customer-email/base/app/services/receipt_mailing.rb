class ReceiptMailing
  def initialize(since:)
    @since = since
  end

  def call
    Order.complete.where("completed_at >= ?", @since).find_each do |order|
      ReceiptMailer.with(order_id: order.id).receipt.deliver_later
    end
  end
end
