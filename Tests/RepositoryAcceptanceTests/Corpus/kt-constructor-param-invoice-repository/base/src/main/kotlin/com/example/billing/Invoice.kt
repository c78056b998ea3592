package com.example.billing

import jakarta.persistence.Entity
import jakarta.persistence.Id
import java.util.UUID

@Entity
class Invoice(
    @Id val id: UUID,
    val customerId: UUID,
    val amountCents: Long,
    val paid: Boolean,
)
