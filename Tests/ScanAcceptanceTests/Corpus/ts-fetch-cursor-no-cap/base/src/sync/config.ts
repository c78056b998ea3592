export const CRM_API = process.env.CRM_API ?? "https://crm.example.com/api";
