class InvitationsController < ApplicationController
  def create
    emails = params.require(:emails)
    existing = []
    emails.each do |e|
      account = Account.enabled.find_by(email: e)
      existing << account.id if account
    end
    render json: { received: emails.size, existing: existing }
  end
end
