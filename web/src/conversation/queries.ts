// The queries of a conversation screen. Keys start with ['conversation', id] so one live event
// about the conversation refreshes them all.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { contactConversations } from '../api/inbox';
import { useCan } from '../session';

export const useConversation = (id: string) =>
  useQuery({ queryKey: ['conversation', id], queryFn: () => unwrap(api.GET('/api/conversations/{id}', { params: { path: { id } } })) });

export const useRouting = (id: string) =>
  useQuery({ queryKey: ['conversation', id, 'routing'], queryFn: () => unwrap(api.GET('/api/conversations/{id}/routing', { params: { path: { id } } })) });

export const useReplyOptions = (id: string) =>
  useQuery({ queryKey: ['conversation', id, 'reply-options'], queryFn: () => unwrap(api.GET('/api/conversations/{id}/reply-options', { params: { path: { id } } })) });

export function useUsers() {
  const can = useCan();
  return useQuery({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/users')), enabled: can('people.read'), staleTime: 5 * 60_000 });
}

export function useTeams() {
  const can = useCan();
  return useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/teams')), enabled: can('team.read'), staleTime: 5 * 60_000 });
}

export function useCanned() {
  const can = useCan();
  return useQuery({ queryKey: ['canned'], queryFn: () => unwrap(api.GET('/api/canned-responses')), enabled: can('canned.read'), staleTime: 60_000 });
}

export const useContact = (id: string | null) =>
  useQuery({ queryKey: ['contact', id], queryFn: () => unwrap(api.GET('/api/contacts/{id}', { params: { path: { id: id! } } })), enabled: id !== null });

export const usePastConversations = (contactId: string | null) =>
  useQuery({ queryKey: ['contact', contactId, 'conversations'], queryFn: () => contactConversations(contactId!), enabled: contactId !== null, retry: false });
