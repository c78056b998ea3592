class Digest < ApplicationRecord
  def self.for_period(period)
    where(period: period).order(created_at: :desc).first
  end
end
