package com.example.bank.transfer;

import com.example.bank.account.AccountRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class StatementBuilder {
    private final AccountRepository accounts;

    public StatementBuilder(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<String> lines(List<Transfer> transfers) {
        List<String> lines = new ArrayList<>();
        for (Transfer t : transfers) {
            String to = accounts.findById(t.toAccountId()).map(a -> a.getEmail()).orElse("?");
            lines.add(t.id() + ": " + t.amountCents() + " to " + to);
        }
        return lines;
    }
}
