class PayoutReconciler
  Match = Struct.new(:payout, :transfer)

  def initialize(merchant)
    @merchant = merchant
  end

  def pending
    Payout.where(merchant_id: @merchant.id, status: "pending").order(:created_at).limit(100)
  end

  def call
    payouts = Payout.where(merchant_id: @merchant.id, status: "pending").to_a
    transfers = BankTransfer.where(merchant_id: @merchant.id).where("booked_on >= ?", 30.days.ago).to_a

    matches = []
    payouts.each do |payout|
      transfers.each do |transfer|
        next unless transfer.reference == payout.reference && transfer.amount_cents == payout.amount_cents

        matches << Match.new(payout, transfer)
      end
    end
    matches
  end
end
