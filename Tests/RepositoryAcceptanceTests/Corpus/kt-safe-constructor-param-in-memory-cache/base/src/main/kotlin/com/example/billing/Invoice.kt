package com.example.billing

import java.util.UUID

data class Invoice(val id: UUID, val customerId: UUID, val amountCents: Long, val paid: Boolean)
