import axios from "axios";

const api = axios.create({ baseURL: process.env.USERS_API, timeout: 5000 });

export async function fetchUser(id: string) {
  const { data } = await api.get(`/users/${id}`);
  return data;
}
