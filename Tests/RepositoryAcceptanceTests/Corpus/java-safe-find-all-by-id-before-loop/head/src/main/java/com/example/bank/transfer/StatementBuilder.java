package com.example.bank.transfer;

import com.example.bank.account.Account;
import com.example.bank.account.AccountRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public class StatementBuilder {
    private final AccountRepository accounts;

    public StatementBuilder(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<String> lines(List<Long> ids) {
        Map<Long, Account> byId = accounts.findAllById(ids).stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (Long id : ids) {
            Account account = byId.get(id);
            lines.add(account == null ? "?" : account.getEmail());
        }
        return lines;
    }
}
