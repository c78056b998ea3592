class OrdersController < ApplicationController
  before_action :authenticate_user!

  def index
    @orders = current_user.orders.includes(:line_items).order(created_at: :desc).limit(20)
    @totals = @orders.each_with_object({}) do |order, totals|
      totals[order.id] = order.line_items.sum(&:amount_cents)
    end
  end

  def show
    @order = current_user.orders.find(params[:id])
  end
end
