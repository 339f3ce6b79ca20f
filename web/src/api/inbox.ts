// The inbox, saved filters, search and a contact's conversations, through the typed client. The
// inbox's view and filters live in the address (text); here they become the API's parameters.
import { api, unwrap } from './client';
import type { FilterQuery, View } from './types';

export const VIEWS = ['mine', 'unassigned', 'my_teams', 'at_risk', 'breached', 'all'] as const satisfies readonly View[];

/** The filter part of the address (what a saved filter stores); empty parameters are left out. */
export function filterQuery(params: URLSearchParams, view: View): FilterQuery {
  const text = (key: string) => params.get(key) || undefined;
  const priority = text('priority');
  return {
    view, network: text('network'), channelId: text('channelId'), teamId: text('teamId'), label: text('label'),
    priority: priority === undefined ? undefined : Number(priority),
  };
}

export const fetchInbox = (query: FilterQuery, filterId: string | undefined) =>
  unwrap(api.GET('/api/inbox', { params: { query: { ...query, filterId, limit: 100 } } }));

export const search = (q: string) => unwrap(api.GET('/api/search', { params: { query: { q } } }));
export const listFilters = () => unwrap(api.GET('/api/inbox/filters'));
export const saveFilter = (name: string, query: FilterQuery) => unwrap(api.POST('/api/inbox/filters', { body: { name, query } }));
export const deleteFilter = (id: string) => unwrap(api.DELETE('/api/inbox/filters/{id}', { params: { path: { id } } }));

export const contactConversations = (contactId: string) =>
  unwrap(api.GET('/api/contacts/{id}/conversations', { params: { path: { id: contactId } } }));
