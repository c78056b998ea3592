package com.example.bank.report;

import com.example.bank.account.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class AccountDirectory {
    private final Map<Long, Account> accounts = new HashMap<>();

    public void register(Account account) {
        accounts.put(account.getId(), account);
    }

    public List<String> emails(List<Long> ids) {
        List<String> out = new ArrayList<>();
        for (Long id : ids) {
            Account account = accounts.get(id);
            if (account != null) {
                out.add(account.getEmail());
            }
        }
        return out;
    }
}
