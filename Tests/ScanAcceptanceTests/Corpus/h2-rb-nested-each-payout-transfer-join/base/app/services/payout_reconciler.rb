class PayoutReconciler
  Match = Struct.new(:payout, :transfer)

  def initialize(merchant)
    @merchant = merchant
  end

  def pending
    Payout.where(merchant_id: @merchant.id, status: "pending").order(:created_at).limit(100)
  end
end
