package com.example.bank.transfer;

public record Transfer(long id, long toAccountId, long amountCents) {
}
