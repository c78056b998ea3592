class SendInvoicesJob
  include Sidekiq::Job
  sidekiq_options queue: :billing, retry: 5

  def perform(account_id)
    account = Account.find(account_id)
    invoices = account.invoices.where(status: "draft").order(:issued_on).limit(500).to_a
    return if invoices.empty?

    InvoiceMailer.batch(account, invoices).deliver_later
  end
end
