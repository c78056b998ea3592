class InvitationsController < ApplicationController
  def create
    emails = params.require(:emails)
    render json: { received: emails.size }
  end
end
